from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, f FLOAT, dt DATE, m DECIMAL(38,10), b BOOLEAN, ts TIMESTAMP, d DOUBLE, j INT, t STRING, n DECIMAL(4,1), s STRING").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT CASE WHEN (m < 12.345) THEN DATE'2024-02-29' WHEN (m >= 0.001) THEN dt WHEN (f = -1.5D) THEN dt ELSE dt END AS k1, round(avg(bround(m, 0)), 3) AS a1, (max(from_xml('<ROW><v>' || log1p(abs(ascii(char(i))) + 1) || '</v></ROW>', 'v DOUBLE').v) - min(from_xml('<ROW><v>' || log1p(abs(ascii(char(i))) + 1) || '</v></ROW>', 'v DOUBLE').v)) AS a2 FROM src GROUP BY 1")
OUTPUT_MODE = "update"
