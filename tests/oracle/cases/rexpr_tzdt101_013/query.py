spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, m DECIMAL(7,0), n DECIMAL(5,3), dt DATE, t STRING, ts TIMESTAMP, b BOOLEAN, d DOUBLE, s STRING").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT levenshtein(nullif('日本', 'Hello'), date_format(ts, 'a h:mm')) AS k1, t, round(avg((CAST(extract(MINUTE FROM (ts - ts)) AS INT) * 0)), 3) AS a1, (max(d) - min(d)) AS a2, (max(m) - min(m)) AS a3 FROM src GROUP BY k1, t")
OUTPUT_MODE = "update"
