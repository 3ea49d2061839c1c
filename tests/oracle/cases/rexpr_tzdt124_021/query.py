spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.where("(b OR (id >= -2L))").createOrReplaceTempView("src")
result = spark.sql("SELECT regexp_extract(CAST(m AS STRING), '^(\\\\S*)', 1) AS k1, datediff(max((add_months(dt, i) - INTERVAL 1 DAY)), min((add_months(dt, i) - INTERVAL 1 DAY))) AS a1, round(avg((id + round(months_between(dt, ts), 2))), 3) AS a2, sum(CASE WHEN regexp_like(date_format(dt, 'yyyy-MM-dd HH:mm:ss.SSSSSS'), 'o$') THEN i ELSE 0 END) AS a3 FROM src GROUP BY regexp_extract(CAST(m AS STRING), '^(\\\\S*)', 1)")
OUTPUT_MODE = "update"
