spark.conf.set("spark.sql.session.timeZone", "Pacific/Chatham")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, dt DATE, m DECIMAL(18,6), ts TIMESTAMP, s STRING, d DOUBLE, k BIGINT, n DECIMAL(4,1), i INT, b BOOLEAN").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT dt, ascii(s) AS k2, max(dt) AS a1, (max(aggregate(split(elt(2, '42', s), ' '), 0, (acc, x) -> acc + length(x))) - min(aggregate(split(elt(2, '42', s), ' '), 0, (acc, x) -> acc + length(x)))) AS a2, max(string(CASE WHEN b THEN dt WHEN b THEN dt ELSE dt END)) AS a3 FROM src GROUP BY dt, ascii(s) HAVING count(*) >= 1")
OUTPUT_MODE = "update"
