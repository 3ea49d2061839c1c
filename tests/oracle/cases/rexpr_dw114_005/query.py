from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(12,4), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT mask(substring(s, 1, 0)) AS k1, (max((2 * (dayofyear(dt) - size(split('é', '-'))))) - min((2 * (dayofyear(dt) - size(split('é', '-')))))) AS a1, round(avg((i - i)), 2) AS a2, avg((nullif(id, 86400L) + least(id, id, id))) AS a3 FROM src GROUP BY mask(substring(s, 1, 0))")
OUTPUT_MODE = "update"
