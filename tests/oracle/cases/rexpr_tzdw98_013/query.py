spark.conf.set("spark.sql.session.timeZone", "Australia/Lord_Howe")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(20,0), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("(i / nullif(i, 0))")).withColumn("c2", F.nvl2((col("id") % F.nullif(col("i"), lit(0))), ((col("s") < lit(" ")) | (col("ts") >= F.to_timestamp(lit("1999-12-31 23:59:59.999")))), lit(True))).withColumn("c3", expr("(id / i)")).select("id", "c1", "c2", "c3").where((F.isnan(lit(2.0)) | col("id").isNotNull()))
OUTPUT_MODE = "append"
