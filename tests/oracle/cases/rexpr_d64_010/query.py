from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT startswith(date_format(ts, 'a h:mm'), ' ') AS k1, dt AS k2, avg((i - coalesce(i, i, 3))) AS a1, min(CASE WHEN (s > '42') THEN dt WHEN regexp_like(s, 'o$') THEN dt ELSE dt END) AS a2, min((5 * 10)) AS a3, datediff(max(add_months(dt, 0)), min(add_months(dt, 0))) AS a4 FROM src GROUP BY k1, k2 HAVING count(*) >= 1")
OUTPUT_MODE = "update"
