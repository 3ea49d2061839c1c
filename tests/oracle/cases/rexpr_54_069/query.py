from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where("(i >= 1)").withColumn("c1", (-(expr("0.5") / expr("7.5")))).withColumn("c2", F.date_add(F.add_months(col("dt"), (lit(-1) * col("i"))), col("i"))).withColumn("c3", expr("nvl((d IS NOT NULL), false)")).withColumn("c4", expr("CAST((try_to_timestamp(s) - INTERVAL 1 MONTH) AS DATE)")).withColumn("c5", expr("rpad(CASE WHEN true THEN least(translate(s, 'lo', '01'), ucase(s)) WHEN ifnull((i <> 5), CAST(NULL AS BOOLEAN)) THEN substring(s, -3, 0) WHEN (id > d) THEN format_number(1000L, 2) END, 0, '*')")).drop("d", "m", "s")
OUTPUT_MODE = "append"
