spark.conf.set("spark.sql.session.timeZone", "Australia/Lord_Howe")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(7,0), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
df.filter("((format_number(j, 3) != concat(s, s)) OR (m <> 12.345))").createOrReplaceTempView("src")
result = spark.sql("SELECT round(0.001D, 1) AS k1, count(regexp_replace(CAST(last_day(dt) AS STRING), '(a|b)', '<>')) AS a1, round(avg(d), 2) AS a2 FROM src GROUP BY k1")
OUTPUT_MODE = "update"
