from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
df.filter((F.make_date(lit(2024), F.pmod(col("i"), lit(12)) + lit(1), F.least(F.dayofmonth(F.to_date(lit("2023-12-31"))), lit(28))).isNull() | (col("j") != lit(2)))).createOrReplaceTempView("src")
result = spark.sql("SELECT length(s) AS k1, avg(pmod(i, nullif(j, 0))) AS a1, (max(CAST(day(dt) AS DOUBLE)) - min(CAST(day(dt) AS DOUBLE))) AS a2, (max(months_between(nullif(CAST(i AS TIMESTAMP), TIMESTAMP'2024-03-01 12:30:00.123456'), greatest(nullif(ts, TIMESTAMP'2024-03-01 12:30:00.123456'), date_trunc('MONTH', ts), ts))) - min(months_between(nullif(CAST(i AS TIMESTAMP), TIMESTAMP'2024-03-01 12:30:00.123456'), greatest(nullif(ts, TIMESTAMP'2024-03-01 12:30:00.123456'), date_trunc('MONTH', ts), ts)))) AS a3, sum(CASE WHEN (dt <= DATE'2024-02-29') THEN (m * i) ELSE m END) AS a4 FROM src GROUP BY length(s)")
OUTPUT_MODE = "update"
