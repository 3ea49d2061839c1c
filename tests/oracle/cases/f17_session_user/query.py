df = spark.readStream.format("json").schema("k STRING").load(INPUT)

from pyspark.sql import functions as F
result = df.select("k", F.current_user(), F.user(), F.session_user(), F.current_path(), F.expr("current_user()").alias("cu"))
OUTPUT_MODE = "append"
