from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, d DOUBLE, ts TIMESTAMP, i INT, s STRING, m DECIMAL(10,2), t STRING, f FLOAT, dt DATE").json(INPUT)
result = df.where((col("m") >= expr("-3.10"))).select(expr("greatest(ts, ts, ts) AS c1"), expr("CAST(((1L - d) IS NOT NULL) AS DOUBLE) AS c2"), F.translate(col("s"), " ", "_").alias("c3"), expr("trunc(dt, 'WEEK') AS c4"))
OUTPUT_MODE = "append"
