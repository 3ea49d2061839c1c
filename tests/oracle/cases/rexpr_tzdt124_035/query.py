spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT size(split(s, ',')) AS k1, sum(CASE WHEN (j >= 5) THEN datediff(dt, trunc(dt, 'Q')) ELSE 0 END) AS a1, (max(abs(weekofyear(CASE WHEN (ts IS NOT NULL) THEN to_date('2023-12-31') WHEN b THEN dt ELSE dt END))) - min(abs(weekofyear(CASE WHEN (ts IS NOT NULL) THEN to_date('2023-12-31') WHEN b THEN dt ELSE dt END)))) AS a2, min('Hello') AS a3, (max(0.5D) - min(0.5D)) AS a4 FROM src GROUP BY 1 ORDER BY k1")
OUTPUT_MODE = "complete"
ORDERED = True
