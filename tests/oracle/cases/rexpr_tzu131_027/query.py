spark.conf.set("spark.sql.session.timeZone", "America/Chicago")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter(((col("b") | (col("d") < lit(100.0))) | (col("dt") == F.to_date(lit("2024-02-29"))))).select("id", expr("add_months(to_date(date_format(dateadd(dt, i), 'dd/MM/yyyy'), 'dd/MM/yyyy'), i)").alias("c1"), expr("CAST(CASE WHEN (i < 2) THEN n WHEN b THEN 0.001 WHEN (t < 'a') THEN n ELSE m END AS DOUBLE)").alias("c2"), expr("to_timestamp_ltz(CAST(to_date(ts) AS STRING))").alias("c3"), expr("(s RLIKE '[aeiou]{2}') AS c4"), F.posexplode_outer(F.array_remove(F.array(expr("to_xml(named_struct('t', nullif(TIMESTAMP'2024-03-01 12:30:00.123456', TIMESTAMP'1999-12-31 23:59:59.999'), 'b', (s IN ('o'))))"), lit('x')), 'x'))).filter((col("c3") >= F.to_timestamp(lit("2024-02-29 00:00:00"))))
OUTPUT_MODE = "append"
