from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, s STRING, t STRING, m DECIMAL(7,0), dt DATE, ts TIMESTAMP, b BOOLEAN, i INT, d DOUBLE").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT CAST(least(id, id, id) AS STRING) AS k1, min(pmod(i, nullif((abs(i) - i), 0))) AS a1, (max(nullif(CASE WHEN (b IS NOT TRUE) THEN m WHEN b THEN m END, 12.345)) - min(nullif(CASE WHEN (b IS NOT TRUE) THEN m WHEN b THEN m END, 12.345))) AS a2, count_if(((d + i) NOT IN (-1.5D, 0.001D, 0.1D))) AS a3, sum(CASE WHEN b THEN m ELSE 0 END) AS a4 FROM src GROUP BY CAST(least(id, id, id) AS STRING)")
OUTPUT_MODE = "update"
