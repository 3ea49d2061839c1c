spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT s, round(avg(-1.5D), 0) AS a1, max(try_element_at(split(s, '-'), 2)) AS a2, max(TIMESTAMP'2024-03-01 12:30:00.123456') AS a3 FROM src GROUP BY s HAVING count(*) >= 1")
OUTPUT_MODE = "complete"
