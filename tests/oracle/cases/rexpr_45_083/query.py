from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("ts", expr("((TIMESTAMP'2024-03-01 12:30:00.123456' + INTERVAL 1 DAY) + INTERVAL 1 MONTH)")).withColumn("c2", F.least(F.datediff(col("dt"), lit(None).cast("date")), F.instr(F.coalesce(col("s"), col("s"), lit("abc")), ""), col("i"))).withColumn("c3", F.dayofmonth(F.to_date(lit("2000-01-01"))).between(lit(5), lit(2))).select("id", "c2", "c3").where("(d >= 2.0D)")
OUTPUT_MODE = "append"
