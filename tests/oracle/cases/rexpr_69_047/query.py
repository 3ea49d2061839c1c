from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(20,0), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter("(m >= 99.99)").select("id", expr("(m % nullif(n, 0)) AS c1"), expr("contains(ifnull(' ', '2024-02-29'), '')")).filter("(i IS NOT NULL)")
OUTPUT_MODE = "append"
