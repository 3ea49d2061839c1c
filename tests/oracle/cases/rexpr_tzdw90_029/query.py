spark.conf.set("spark.sql.session.timeZone", "Australia/Adelaide")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, m DECIMAL(10,2), k BIGINT, n DECIMAL(5,3), d DOUBLE, dt DATE, t STRING, ts TIMESTAMP, i INT, s STRING").json(INPUT)
result = df.filter(((col("n") != col("i")) | (col("t") >= lit("abc")))).selectExpr("id", "nullif(if((i IS NULL), ceil(m, 1), n), 0.5) AS c1", "regexp_extract(left(concat(t, ' '), 1), '([A-Za-z]+) ([A-Za-z]+)', 2) AS c2", "coalesce(k, 3L) AS c3")
OUTPUT_MODE = "append"
