from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT datediff(CASE WHEN (m > -3.10) THEN dt WHEN (t >= 'x-y') THEN dt WHEN (i < 0) THEN dt ELSE dt END, if((NOT b), ts, ts)) AS k1, (max(i) - min(i)) AS a1, bool_and((d != m)) AS a2 FROM src GROUP BY datediff(CASE WHEN (m > -3.10) THEN dt WHEN (t >= 'x-y') THEN dt WHEN (i < 0) THEN dt ELSE dt END, if((NOT b), ts, ts))")
OUTPUT_MODE = "complete"
