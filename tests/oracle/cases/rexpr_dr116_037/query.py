from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.withColumn("c1", expr("((i <= xxhash64(dt)) AND is_valid_utf8(s))")).withColumn("c2", expr("add_months(dt, levenshtein(t, s))")).select("id", "c1", "c2")
OUTPUT_MODE = "append"
