from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT i, count_if(((id - d) IS NULL)) AS a1, max(from_unixtime(-1, 'yyyy-MM-dd')) AS a2, datediff(max(dt), min(dt)) AS a3 FROM src GROUP BY i")
OUTPUT_MODE = "update"
