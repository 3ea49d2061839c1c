from pyspark.sql import functions as F
df = spark.readStream.text(INPUT)
result = df.select(F.from_json("value", "id INT, d DECIMAL(6,2), e DECIMAL(38,0)").alias("j")).select("j.*")
OUTPUT_MODE = "append"
