spark.conf.set("spark.sql.session.timeZone", "Pacific/Chatham")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter(((col("b") | (col("s") != lit(""))) | (col("id") >= lit(1).cast("bigint")))).selectExpr("id", "(id + id)", "(trim(s) RLIKE '[aeiou]{2}') AS c2").where(((lit(5) < col("d")) | col("j").isNull()))
OUTPUT_MODE = "append"
