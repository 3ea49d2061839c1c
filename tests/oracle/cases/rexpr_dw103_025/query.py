from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, ts TIMESTAMP, d DOUBLE, f FLOAT, s STRING, i INT, dt DATE, m DECIMAL(7,0)").json(INPUT)
result = df.groupBy(F.log(F.tanh(col("d"))).alias("k1")).agg(F.min(col("f")).alias("a1"), expr("sum(bit_length(' ')) AS a2")).orderBy(col("a1").desc(), col("k1").asc_nulls_last())
OUTPUT_MODE = "complete"
ORDERED = True
