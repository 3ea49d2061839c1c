from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("ts", (F.nullif(F.date_trunc("yyyy", col("ts")), F.to_timestamp(lit("1999-12-31 23:59:59.999"))) + expr("INTERVAL '1-2' YEAR TO MONTH"))).withColumn("c2", col("k").try_cast("decimal(5,1)").isNotNull()).withColumn("c3", expr("(b < (NOT c2))")).withColumn("c4", (F.length(col("s")) + (lit(0) - col("i")))).select("id", "c2", "c3", "c4")
OUTPUT_MODE = "append"
