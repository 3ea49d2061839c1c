from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, m DECIMAL(7,0), s STRING, ts TIMESTAMP, i INT, t STRING, dt DATE, d DOUBLE").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT (CAST(i AS BIGINT) / nullif((1L / 7.0D), 0)) AS k1, soundex(substr(s, -3, 1)) AS k2, max(CASE WHEN (m <> 0.001) THEN 86400L WHEN (dt IS NOT NULL) THEN id ELSE id END) AS a1, (max(CAST(i AS DECIMAL(12,2))) - min(CAST(i AS DECIMAL(12,2)))) AS a2, min('') AS a3, round(avg(((i - i) + log(10, d))), 0) AS a4 FROM src GROUP BY (CAST(i AS BIGINT) / nullif((1L / 7.0D), 0)), soundex(substr(s, -3, 1))")
OUTPUT_MODE = "update"
