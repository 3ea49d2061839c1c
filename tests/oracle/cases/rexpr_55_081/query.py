from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, b BOOLEAN, ts TIMESTAMP, d DOUBLE, m DECIMAL(38,10), s STRING, i INT, dt DATE").json(INPUT)
result = df.select("id", (F.least(col("m"), expr("-3.10")) / F.nullif(F.greatest(expr("0.5"), col("m")), lit(0))).alias("c1"), expr("CAST(year(ts) AS TIMESTAMP)"), expr("(dt - INTERVAL '1-1' YEAR TO MONTH) AS c3")).filter(col("ts").isNotNull())
OUTPUT_MODE = "append"
