from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, t STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", F.months_between(F.date_trunc("MINUTE", col("ts")), F.date_sub(col("dt"), col("i")), False)).withColumn("c2", F.isnan(((col("ts") + expr("INTERVAL 36 HOURS")) - expr("INTERVAL 1 DAY")).cast("double"))).select("id", "c1", "c2").where("(c1 > 3.75D)")
OUTPUT_MODE = "append"
