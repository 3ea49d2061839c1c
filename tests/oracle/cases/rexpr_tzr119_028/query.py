spark.conf.set("spark.sql.session.timeZone", "Asia/Tokyo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, m DECIMAL(10,2), n DECIMAL(5,3), d DOUBLE, ts TIMESTAMP, s STRING, b BOOLEAN, dt DATE, i INT").load(INPUT)
df.filter((col("n") >= lit(99.99).cast("decimal(4,2)"))).createOrReplaceTempView("src")
result = spark.sql("SELECT trunc(trunc(to_date('2025-03-01'), 'yy'), 'WEEK') AS k1, last_value('o') AS a1, round(kurtosis(i), 6) AS a2, max(from_base32(encode(s, 'utf-8'))) AS a3 FROM src GROUP BY trunc(trunc(to_date('2025-03-01'), 'yy'), 'WEEK')")
OUTPUT_MODE = "update"
