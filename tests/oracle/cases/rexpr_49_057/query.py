from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, m DECIMAL(18,6), s STRING, i INT, f FLOAT, dt DATE, d DOUBLE, t STRING, n DECIMAL(4,1), ts TIMESTAMP, k BIGINT, b BOOLEAN").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT dt, b, (max(pmod(i, nullif(i, 0))) - min(pmod(i, nullif(i, 0)))) AS a1, avg(id) AS a2 FROM src GROUP BY dt, b")
OUTPUT_MODE = "update"
