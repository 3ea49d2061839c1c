from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT try_to_date(s) AS k1, sum((CASE WHEN b THEN m WHEN (m > 100BD) THEN m WHEN (j IS NOT NULL) THEN m ELSE m END + bround((m + m), 3))) AS a1, (max((pmod(id, nullif(i, 0)) * d)) - min((pmod(id, nullif(i, 0)) * d))) AS a2, sum(CASE WHEN CAST(j AS BOOLEAN) THEN CASE WHEN (ts <> TIMESTAMP'1999-12-31 23:59:59.999') THEN 1 ELSE i END ELSE 0 END) AS a3 FROM src GROUP BY k1")
OUTPUT_MODE = "complete"
