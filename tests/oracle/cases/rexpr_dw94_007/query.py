from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, s STRING, d DOUBLE, j INT, b BOOLEAN, ts TIMESTAMP, dt DATE, i INT, m DECIMAL(7,0)").load(INPUT)
df.where("((substr('日本', 2, 10) RLIKE '^$') OR (m <= 0.001))").createOrReplaceTempView("src")
result = spark.sql("SELECT ascii(' ') AS k1, add_months(dt, i) AS k2, max(least(s, s)) AS a1, max(sqrt(round((m + m)))) AS a2, count(md5(s)) AS a3, bool_and(((-3.10 / 10.5) IN (0.5, 99.99, 0.001))) AS a4 FROM src GROUP BY ascii(' '), add_months(dt, i)")
OUTPUT_MODE = "update"
