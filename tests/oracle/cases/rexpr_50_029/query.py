from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("i", ((col("i") % F.nullif(col("i"), lit(0))) - col("i"))).withColumn("ts", expr("ts")).withColumn("i", F.size(F.split(col("s"), "  *"))).select("id").filter(((col("b") & col("b").isNotNull()) | col("i").isNotNull()))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY id DESC"]
