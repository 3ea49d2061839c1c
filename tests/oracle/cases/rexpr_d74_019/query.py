from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, m DECIMAL(38,10), f FLOAT, dt DATE, b BOOLEAN, i INT, d DOUBLE, s STRING, ts TIMESTAMP").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT s AS k1, (NOT (m <= 1.25)) AS k2, max(s) AS a1, bool_or((d IS NOT NULL)) AS a2 FROM src GROUP BY k1, k2 HAVING count(*) >= 1")
OUTPUT_MODE = "update"
