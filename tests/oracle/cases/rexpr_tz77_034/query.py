spark.conf.set("spark.sql.session.timeZone", "Asia/Kolkata")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter((F.ifnull((col("id") >= col("j")), lit(False)) | (col("t") > lit("x-y")))).withColumn("c1", F.nullif(col("m"), lit(.001).cast("decimal(4,3)"))).withColumn("c2", expr("(id + id)")).withColumn("t", F.try_element_at(F.split(col("s"), "-"), lit(3))).withColumn("d", expr("(d - m)")).select("id", "c1", "c2").filter("(NOT coalesce(b, false))")
OUTPUT_MODE = "append"
