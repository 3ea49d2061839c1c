from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, m DECIMAL(12,4), dt DATE, i INT, n DECIMAL(9,5), s STRING, d DOUBLE, j INT, k BIGINT, t STRING, b BOOLEAN, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", F.unix_timestamp(col("s"))).withColumn("c2", F.floor(col("m"), -1)).withColumn("c3", expr("(id DIV nullif(j, 0))")).withColumn("c4", F.concat_ws("|", lit("o"), col("t"))).withColumn("c5", expr("CASE WHEN b THEN n ELSE m END"))
OUTPUT_MODE = "append"
