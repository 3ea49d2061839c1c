from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, s STRING, m DECIMAL(10,2), j INT, dt DATE, d DOUBLE, b BOOLEAN, ts TIMESTAMP, i INT").load(INPUT)
result = df.select(F.to_timestamp(F.date_format((F.nvl2(F.nullif(col("s"), lit("2024-02-29")), col("ts"), F.to_timestamp(lit("2024-03-01 12:30:00.123456"))) + expr("INTERVAL '1 02:03:04.000005' DAY TO SECOND")), "yyyy-MM-dd HH:mm"), "yyyy-MM-dd HH:mm").alias("c1"), col("s").try_cast("boolean").alias("c2"), F.instr(F.regexp_extract(F.from_unixtime((col("id") % F.nullif(lit(0), lit(0))), "yyyy-MM-dd"), "([A-Za-z]+) ([A-Za-z]+)", 2), "o").alias("c3"), expr("(id % i) AS c4"), ((lit(1) * (col("i") - col("i"))) <= F.sign(lit(2.0))).alias("c5"))
OUTPUT_MODE = "append"
