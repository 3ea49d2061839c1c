spark.conf.set("spark.sql.session.timeZone", "America/Los_Angeles")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "n", "(t > translate(s, 'abc', '')) AS c1", "crc32(CASE WHEN (id IS NOT NULL) THEN t ELSE s END)", "((id - i) % nullif(i, 0)) AS c3", "date_format(nvl2(CASE WHEN b THEN j ELSE j END, to_timestamp(date_format(CAST(i AS TIMESTAMP), 'dd.MM.yyyy HH:mm:ss.SSSSSS'), 'dd.MM.yyyy HH:mm:ss.SSSSSS'), TIMESTAMP'2024-03-01 12:30:00.123456'), 'D') AS c4", "least(greatest(m, n, m), round(n), m) AS c5").filter("(ts <> TIMESTAMP'2024-03-01 12:30:00.123456')")
OUTPUT_MODE = "append"
