spark.conf.set("spark.sql.session.timeZone", "America/Sao_Paulo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", expr("try_element_at(split(nullif(lpad(left(s, 1), 3, 'é'), 'abc'), ' '), 2) AS c1"), (-(F.when((col("j") > lit(1)), col("n")).when(col("b"), col("n")).otherwise(col("n")) + (col("i") % lit(7)))).alias("c2")).filter((~F.coalesce((col("j").cast("string") >= F.nullif(col("s"), lit("2024-02-29"))), lit(False))))
OUTPUT_MODE = "append"
