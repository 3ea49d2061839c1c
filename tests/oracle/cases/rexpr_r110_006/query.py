from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("sentences('Hello there. How are you? ' || s, 'en', 'US')"), expr("hex(hmac('key', s)) AS c2")).filter("(c2 <= 'a')")
OUTPUT_MODE = "append"
