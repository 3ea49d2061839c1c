from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("dt", expr("to_date(date_format(dt, 'yyyy-MM-dd'), 'yyyy-MM-dd')")).withColumn("c2", F.nullif((col("m") / lit(10)), lit(100).cast("decimal(3,0)"))).withColumn("c3", expr("CASE (i <= 2) WHEN true THEN date_format(TIMESTAMP'1999-12-31 23:59:59.999', 'dd.MM.yy') WHEN false THEN rtrim('é') ELSE format_number(d, 3) END")).withColumn("c4", F.date_format(col("ts"), "yyyy-MM-dd").startswith("")).drop("i", "d", "n", "ts")
OUTPUT_MODE = "append"
