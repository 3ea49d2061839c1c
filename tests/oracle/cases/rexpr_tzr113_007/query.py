spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, m DECIMAL(18,6), n DECIMAL(20,0), s STRING, dt DATE, i INT, b BOOLEAN, t STRING, ts TIMESTAMP, d DOUBLE").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT nullifzero(i) AS k1, to_date(date_format(DATE'2000-01-01', 'yyyyMMdd'), 'yyyyMMdd') AS k2, round(variance(unix_date(make_date(2024, 1, 1)) + i), 6) AS a1, round(product(greatest(i, i, 5) % 4), 3) AS a2, max_by(s, i) AS a3, max(nanvl(d, s)) AS a4 FROM src GROUP BY k1, k2")
OUTPUT_MODE = "update"
