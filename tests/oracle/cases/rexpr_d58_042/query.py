from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, ts TIMESTAMP, s STRING, k BIGINT, m DECIMAL(7,0), i INT, d DOUBLE, dt DATE, b BOOLEAN").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT s, min((-1 * i)) AS a1, min(date_from_unix_date((3 * 0))) AS a2, avg(signum(d)) AS a3 FROM src GROUP BY s HAVING count(*) >= 1")
OUTPUT_MODE = "complete"
