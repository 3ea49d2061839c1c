from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, k BIGINT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter(((~F.length(lit(5).cast("string")).isin(lit(5))) | (col("s") == lit("日本")))).withColumn("c1", expr("CASE WHEN ((dt IS NULL) IS NULL) THEN (d / 10.0D) ELSE CAST(n AS DOUBLE) END")).withColumn("c2", F.format_string("%e", col("id").isNotNull().cast("double"))).select("id", "c1", "c2").where("(startswith(concat(s, s), 'a') OR (n > 0.5))")
OUTPUT_MODE = "append"
