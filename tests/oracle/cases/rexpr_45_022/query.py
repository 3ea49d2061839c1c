from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, dt DATE, k BIGINT, i INT, d DOUBLE, s STRING, n DECIMAL(20,0), t STRING, m DECIMAL(10,2), ts TIMESTAMP").json(INPUT)
df.where("(n IS NOT NULL)").createOrReplaceTempView("src")
result = spark.sql("SELECT greatest(d, d, d) AS k1, datediff(max(add_months(CASE WHEN (id >= 86400L) THEN dt WHEN (ts > TIMESTAMP'2024-03-01 12:30:00.123456') THEN dt ELSE dt END, i)), min(add_months(CASE WHEN (id >= 86400L) THEN dt WHEN (ts > TIMESTAMP'2024-03-01 12:30:00.123456') THEN dt ELSE dt END, i))) AS a1, round(avg(d), 2) AS a2, round(avg(d), 3) AS a3 FROM src GROUP BY k1")
OUTPUT_MODE = "update"
