from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, ts TIMESTAMP, n DECIMAL(20,0), d DOUBLE, s STRING, i INT, m DECIMAL(12,4), j INT, dt DATE").load(INPUT)
result = df.select("id", expr("hash(day(dt)) AS c1"), expr("(d / nullif(d, 0)) AS c2"), F.lower(F.concat(col("s"), col("s"), col("s"))).alias("c3"), col("i").cast("bigint").alias("c4")).filter(((col("c2") < lit(0.1)) | col("c2").isNull()))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c3 FROM rexpr_q ORDER BY c3 ASC NULLS LAST, id DESC"]
