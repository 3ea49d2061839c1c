spark.conf.set("spark.sql.session.timeZone", "America/Sao_Paulo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("((b AND b) OR (b IS NOT NULL))").select("id", F.least(F.greatest(col("n"), col("m")), F.when((col("t") != lit("abc")), col("n")).otherwise(col("m")), ((F.month(col("dt")) - (col("n") - col("n"))) + col("m"))).alias("c1"), expr("(NOT CASE WHEN (b IS NOT NULL) THEN (ts = TIMESTAMP'1999-12-31 23:59:59.999') WHEN (d IS NOT NULL) THEN (dt <> to_date('2023-12-31')) END)"), col("dt").isNotNull().alias("c3")).filter("(NOT coalesce((c3 IS NOT TRUE), false))")
OUTPUT_MODE = "append"
