from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, n DECIMAL(20,0), ts TIMESTAMP, b BOOLEAN, m DECIMAL(12,4), f FLOAT, d DOUBLE, dt DATE, s STRING").load(INPUT)
df.where("(i IS NOT NULL)").createOrReplaceTempView("src")
result = spark.sql("SELECT f AS k1, CASE WHEN b THEN i WHEN (f < 0.5D) THEN i END AS k2, min(least(id, id, id)) AS a1, round(kurtosis(bit_get(i, 3)), 6) AS a2 FROM src GROUP BY 1, 2")
OUTPUT_MODE = "update"
