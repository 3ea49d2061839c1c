spark.conf.set("spark.sql.session.timeZone", "America/Los_Angeles")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", (col("ts") - expr("INTERVAL '1 02:03:04.000005' DAY TO SECOND"))).withColumn("c2", F.isnan((col("i") / F.nullif(F.length(col("s")), lit(0))))).withColumn("ts", (F.when(col("s").isNotNull(), col("c1")).when(col("b"), col("c1")).when(col("c2"), col("ts")).otherwise(col("c1")) - expr("INTERVAL '1-2' YEAR TO MONTH"))).select("id", "c1", "c2").where((col("f") == lit(3.75)))
OUTPUT_MODE = "append"
