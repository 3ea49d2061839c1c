from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT sha1('Hello') AS k1, dt, datediff(max(date_sub(dt, i)), min(date_sub(dt, i))) AS a1, count_if((NOT (s BETWEEN '' AND '日本'))) AS a2, max(ts) AS a3 FROM src GROUP BY sha1('Hello'), dt")
OUTPUT_MODE = "update"
