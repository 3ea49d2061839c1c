from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("(NOT b)").withColumn("c1", col("j").cast("boolean")).withColumn("c2", col("j")).withColumn("c3", col("i")).withColumn("c4", F.nullif(F.nullif(F.coalesce(F.when(col("b"), col("ts")).when(col("m").isNotNull(), col("ts")).when(lit(False), col("ts")).otherwise(col("ts")), F.to_timestamp(lit("2024-03-01 12:30:00.123456"))), F.to_timestamp(lit("2024-02-29 00:00:00"))), F.to_timestamp(lit("2024-03-01 12:30:00.123456")))).withColumn("b", F.isnan(lit(12).cast("double")))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY m ASC NULLS FIRST, id DESC"]
