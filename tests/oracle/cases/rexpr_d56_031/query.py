from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", F.nullif(((lit(0) * col("i")) + (col("i") + col("i"))), lit(-1)).alias("c1"), F.unix_timestamp(col("dt")).alias("c2"), expr("hash((dt = to_date('2023-12-31')))"), expr("hash(dt, (3L - i))").alias("c4"), expr("nvl2((id - 1000L), coalesce(id, id, -2L), CAST(NULL AS BIGINT)) AS c5"))
OUTPUT_MODE = "append"
