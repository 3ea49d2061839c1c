from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", (F.coalesce(col("n"), col("n"), expr("0.5")) / F.nullif(col("n"), lit(0))), expr("try_to_timestamp(s) AS c2"))
OUTPUT_MODE = "append"
